// Libraries without type declarations.
declare module "@observablehq/inputs";
declare module "mammoth/mammoth.browser.js";
// Framework's standard library, as exported modules (src/embed) import it.
declare module "observablehq:stdlib" {
  export function FileAttachment(name: string): {json(): Promise<any>; text(): Promise<string>; url(): Promise<string>};
}
