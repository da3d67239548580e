/** The shipped procedure profiles (`procedures/*.json`) and how a profile is named in a call. */
import { invalidArgument, show } from '../core/args.js';
import { errorIn } from '../core/errors.js';
import { parseProcedure, type Procedure, type ProcedureData } from './profile.js';
import laocai from '../../procedures/laocai-chung-thuc-ban-sao-tu-so-goc.json';
import hoTich from '../../procedures/example-ho-tich-3-ngay-lam-viec.json';
import binhdinh from '../../procedures/binhdinh-tham-dinh-10-ngay.json';
import kbnn from '../../procedures/example-kbnn-8-gio-lam-viec.json';

/** A procedure as a call names it: a shipped profile's id, a profile from `parseProcedure`, or a profile object. */
export type ProcedureRef = string | Procedure | ProcedureData;

let shipped: Map<string, Procedure> | undefined;

/**
 * The shipped profiles, by id (examples included: see each one's `example`).
 * @example `shippedProcedures().has('laocai/chung-thuc-ban-sao-tu-so-goc') // true`
 */
export function shippedProcedures(): ReadonlyMap<string, Procedure> {
  if (shipped === undefined) {
    shipped = new Map();
    for (const data of [laocai, hoTich, binhdinh, kbnn]) {
      const p = parseProcedure(data, `procedures/${data.id}`);
      shipped.set(p.id, p);
    }
  }
  return shipped;
}

const parsedObjects = new WeakMap<object, Procedure>();

/** The profile a call names. @internal */
export function resolveProcedure(ref: unknown, fn: string, loaded?: ReadonlyMap<string, Procedure>): Procedure {
  if (typeof ref === 'string') {
    // No lookup in an empty map of loaded profiles (a register checked against the shipped ones).
    const p = (loaded !== undefined && loaded.size > 0 ? loaded.get(ref) : undefined) ?? shippedProcedures().get(ref);
    if (p !== undefined) return p;
    const known = [...(loaded?.keys() ?? []), ...shippedProcedures().keys()].join(', ');
    const reason = `procedure must be the id of a loaded or shipped procedure profile (${known}), got ${show(ref)}`;
    throw errorIn(fn, 'invalid_argument', reason, { argument: 'procedure', value: ref, units: known }, 'procedure', 'unknown_procedure');
  }
  if (typeof ref === 'object' && ref !== null) {
    if ('supplement' in ref && 'unit' in ref && 'data' in ref) return ref as Procedure;
    let p = parsedObjects.get(ref);
    if (p === undefined) parsedObjects.set(ref, (p = parseProcedure(ref)));
    return p;
  }
  throw invalidArgument(fn, 'procedure', 'a procedure id or profile', ref);
}
