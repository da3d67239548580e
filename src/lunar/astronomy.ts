/**
 * The astronomy behind the Vietnamese lunar calendar, as simplified by Hồ Ngọc Đức in
 * "Thuật toán tính âm lịch" (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html):
 * the instant of the k-th new moon (Jean Meeus, "Astronomical Formulae for Calculators") and
 * the sun's ecliptic longitude (Meeus' low-precision solar theory). Both are accurate to a few
 * minutes over 1900–2199, which is what deciding a civil day needs, except when an event falls
 * within minutes of midnight.
 *
 * Instants are Julian dates (JD, days since noon UT of 4713-01-01 BC, Julian calendar).
 * Everything is computed for Vietnamese time, UTC+7 (meridian 105° E).
 */

/** Julian day number of day 0 (1970-01-01): JDN = day + this. */
export const JDN_OF_DAY_ZERO = 2440588;
/** Vietnam's time zone, in days east of UTC (7 hours). */
const VN_ZONE_DAYS = 7 / 24;
const DEG = Math.PI / 180;

/** Mean length of a lunation (new moon to new moon), in days. */
export const SYNODIC_MONTH = 29.530588853;
/** JD of new moon k = 0, 1900-01-01 13:51 UT (where the lunation count starts); for estimating k. */
export const NEW_MOON_EPOCH_JD = 2415021.076998695;
/** Lunations per Julian century: turns a lunation number into centuries since 1900. */
const LUNATIONS_PER_CENTURY = 1236.85;
/** JD of the J2000.0 epoch (2000-01-01 12:00 TT), origin of the solar theory. */
const J2000 = 2451545.0;
const DAYS_PER_CENTURY = 36525;

/**
 * The instant (JD, UT) of the k-th new moon after the one of 1900-01-01 (k may be negative).
 *
 * Meeus' method: start from the mean new moon (mean conjunction, a polynomial in k), then add
 * the periodic corrections driven by the sun's mean anomaly M, the moon's mean anomaly M′ and
 * the moon's argument of latitude F; finally subtract ΔT (ephemeris time − universal time).
 */
export function newMoonJd(k: number): number {
  const t = k / LUNATIONS_PER_CENTURY; // Julian centuries since 1900-01-00.5
  const t2 = t * t;
  const t3 = t2 * t;

  // Mean conjunction, with its small long-period term.
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);

  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG; // sun's mean anomaly
  const mm = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG; // moon's argument of latitude

  // True minus mean conjunction, in days (the eccentricities of both orbits dominate).
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mm) +
    0.0161 * Math.sin(2 * mm) -
    0.0004 * Math.sin(3 * mm) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mm) -
    0.0074 * Math.sin(m - mm) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mm) +
    0.001 * Math.sin(2 * f - mm) +
    0.0005 * Math.sin(2 * mm + m);

  // ΔT in days: the formula's time scale runs ahead of the Earth's rotation (UT).
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;

  return mean + correction - deltaT;
}

/**
 * The sun's true ecliptic longitude, in degrees [0, 360), at the instant `jd`.
 *
 * Mean longitude L0 plus the equation of centre (driven by the mean anomaly M), as in Meeus'
 * low-precision solar theory. 0° is the March equinox; the 12 principal terms (trung khí) sit
 * at the multiples of 30°, the winter solstice (Đông chí) at 270°.
 */
function sunLongitude(jd: number): number {
  const t = (jd - J2000) / DAYS_PER_CENTURY; // Julian centuries since J2000.0
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  const centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const l = (l0 + centre) % 360;
  return l < 0 ? l + 360 : l;
}

/** The Vietnamese civil day (days since 1970-01-01, UTC+7) that holds the k-th new moon. */
export function newMoonDay(k: number): number {
  // A civil date's JDN runs from 12:00 UT of the previous day: shift by half a day and the zone.
  return Math.floor(newMoonJd(k) + 0.5 + VN_ZONE_DAYS) - JDN_OF_DAY_ZERO;
}

/**
 * The principal-term sector the sun is in at 00:00 (UTC+7) of `day`: 0 for longitude
 * [0°, 30°), …, 9 for [270°, 300°) (from the winter solstice), …, 11.
 * A lunar month holds no principal term exactly when its first day and the next month's first
 * day start in the same sector.
 */
export function sectorAtStartOf(day: number): number {
  const midnightJd = day + JDN_OF_DAY_ZERO - 0.5 - VN_ZONE_DAYS;
  return Math.floor(sunLongitude(midnightJd) / 30);
}

/** The sector that begins with the winter solstice (270°): see {@link sectorAtStartOf}. */
export const WINTER_SOLSTICE_SECTOR = 9;
