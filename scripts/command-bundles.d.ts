/** Every command's name and bundle, in the specs' order (see command-bundles.js). */
export declare const commandBundles: { name: string; bundle: 'core' | 'wizard' | 'lazy' }[];
/** The names of the commands in `bundle`. */
export declare const commandsIn: (bundle: 'core' | 'wizard' | 'lazy') => string[];
