// `invalidArgument` lives in `@kabinet/ports` (one definition for every adapter); re-exported
// here for the modules of this package that still import it from `_lib`.
export { invalidArgument } from '@kabinet/ports';
