/** The languages of the library's texts: Vietnamese and English. @internal */
export type Lang = 'vi' | 'en';
