/** opencc-js ships its dictionaries as modules without types: each is one `"from to|from to"` string. */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
