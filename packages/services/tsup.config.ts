import { kabinetTsup } from '../../scripts/tsup-config.js';

export default kabinetTsup(process.cwd());
