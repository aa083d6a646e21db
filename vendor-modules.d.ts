// az and petrovich ship no types; platform/morph-loader.ts describes the parts it uses.
declare module 'az' {
  const Az: unknown;
  export default Az;
}
declare module 'petrovich' {
  const petrovich: unknown;
  export default petrovich;
}
