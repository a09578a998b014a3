// What react-devtools-core is replaced by in the Ink hello bundle (bench/first-frame.js): Ink loads it only in development.
export default {};
