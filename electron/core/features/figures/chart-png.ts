import { renderAsync } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from '../../../../shared/figures/charts';

/**
 * A chart of the figures as the page draws it, rendered without a browser: Vega-Lite compiled
 * to Vega, drawn to SVG by Vega's own headless renderer, then rasterised by resvg (a Rust SVG
 * renderer, no native build step) for the Word report. Twice the size on the page for a sharp print.
 * resvg rasterises off the main thread, so the report's charts are drawn side by side.
 */
export async function chartSvg(spec: ChartSpec): Promise<string> {
  const vega = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parse(vega, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function chartPng(spec: ChartSpec, scale = 2): Promise<{ png: Buffer; width: number; height: number }> {
  const svg = await chartSvg(spec);
  const image = await renderAsync(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true, sansSerifFamily: 'Arial', defaultFontFamily: 'Liberation Sans' }, background: '#ffffff' });
  return { png: image.asPng(), width: image.width / scale, height: image.height / scale };
}
