// Libraries without type declarations.
declare module "@observablehq/inputs";
