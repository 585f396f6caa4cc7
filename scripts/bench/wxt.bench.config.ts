import config from '../../wxt.config';

/**
 * The project's own WXT config, built into bench-output/ so the bench measures the current sources
 * without racing anyone else's `npm run build` in .output/.
 */
export default { ...config, outDir: 'bench-output/build' };
