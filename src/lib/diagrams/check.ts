/**
 * What a diagram shows and why it may be wrong (pure, no build context): figures as the law writes
 * them and in kilometres, and the checks src/lib/diagrams/load.ts runs on every diagram.
 */
import type { Diagram, DiagramPart, Figure } from '../../schemas/diagram.ts';
import type { LawRef } from '../../schemas/law-ref.ts';
import { lookupLaw, type CitationTargets } from '../citations.ts';
import { formatNumber, slugOf } from '../format.ts';
import { pinpointLabel } from '../legal/citation.ts';
import { nodeText } from '../legal/model.ts';

/** The parts each drawing places by key: a diagram missing one cannot be drawn. */
export const DRAWN_KEYS: Record<Diagram['drawing'], string[]> = {
  'vung-bien': [
    'duong-co-so',
    'noi-thuy',
    'lanh-hai',
    'bien-gioi-tren-bien',
    'tiep-giap',
    'dac-quyen-kinh-te',
    'them-luc-dia',
  ],
  'bien-gioi-dat-lien': ['bien-gioi', 'moc-quoc-gioi', 'vanh-dai', 'khu-vuc-bien-gioi'],
  'cua-khau': ['cua-khau', 'kiem-soat'],
};

/** 1 hải lý in metres, as the diagram's named public source (`conversion`) states it. */
export const METRES_PER_NAUTICAL_MILE = 1852;

/** "12 hải lý": a figure as the law writes it (and as the build looks for it in the article). */
export function figureText(figure: Pick<Figure, 'value' | 'unit'>): string {
  return `${formatNumber(figure.value)} ${figure.unit}`;
}

/** The figure in kilometres ("22,224 km"), for figures in hải lý; undefined for the others. */
export function kilometres(figure: Pick<Figure, 'value' | 'unit'>): string | undefined {
  if (figure.unit !== 'hải lý') return undefined;
  return `${formatNumber((figure.value * METRES_PER_NAUTICAL_MILE) / 1000)} km`;
}

/** "12 hải lý (22,224 km)": a figure as a drawing labels it. */
export function figureLabel(figure: Pick<Figure, 'value' | 'unit'>): string {
  const km = kilometres(figure);
  return km ? `${figureText(figure)} (${km})` : figureText(figure);
}

/** The part a drawing places at `key`; a diagram without it cannot be drawn. */
export function partAt(diagram: Diagram, key: string): DiagramPart {
  const part = diagram.parts.find((p) => p.key === key);
  if (!part)
    throw new Error(`diagram drawn as "${diagram.drawing}" needs a part with key "${key}"`);
  return part;
}

/** Every article, khoản or điểm a part rests on: its figures' and its basis, each once. */
export function partRefs(part: DiagramPart): LawRef[] {
  const refs = [...part.figures, ...part.basis].map(({ doc, dieu, khoan, diem }) => ({
    doc,
    dieu,
    khoan,
    diem,
  }));
  const key = (r: LawRef) => [r.doc, r.dieu, r.khoan, r.diem].join('|');
  return refs.filter((r, i) => refs.findIndex((o) => key(o) === key(r)) === i);
}

/** Numbers as written in Vietnamese text: "12", "1.000", "22,224". */
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Why a part is wrong, or nothing: citations to nothing, figures not in their article, stray numbers. */
export function partProblems(
  part: DiagramPart,
  targets: Pick<CitationTargets, 'document'>,
): string[] {
  const problems: string[] = [];
  for (const ref of partRefs(part)) {
    const found = lookupLaw(targets, ref.doc, ref);
    if ('problem' in found) problems.push(found.problem);
  }
  for (const figure of part.figures) {
    const found = lookupLaw(targets, figure.doc, figure);
    if ('problem' in found) continue;
    if (nodeText(found.node!).includes(figureText(figure))) continue;
    problems.push(
      `"${figureText(figure)}" is not in the text of ${pinpointLabel(figure)} of ${figure.doc}`,
    );
  }
  const texts = partRefs(part).flatMap((ref) => {
    const found = lookupLaw(targets, ref.doc, ref);
    return 'node' in found && found.node ? [slugOf(nodeText(found.node))] : [];
  });
  for (const item of part.items) {
    // Compared as slugs, so old and new accent placement ("thuỷ", "thủy") match.
    if (texts.some((text) => text.includes(slugOf(item)))) continue;
    problems.push(`"${item}" is not in the text of the part's articles`);
  }
  const shown = new Set(part.figures.map((f) => formatNumber(f.value)));
  for (const number of part.rule.match(NUMBER) ?? []) {
    if (!shown.has(number))
      problems.push(`the rule says ${number}, which is none of the part's figures`);
  }
  return problems;
}

/** Why a diagram as a whole is wrong: a figure in hải lý needs the named source of the conversion. */
export function diagramProblems(diagram: Diagram, conversionQuote: string | undefined): string[] {
  const missing = DRAWN_KEYS[diagram.drawing].filter(
    (key) => !diagram.parts.some((p) => p.key === key),
  );
  if (missing.length > 0)
    return [`the drawing "${diagram.drawing}" needs parts with keys: ${missing.join(', ')}`];
  const nauticalMiles = diagram.parts.some((p) => p.figures.some((f) => f.unit === 'hải lý'));
  if (!nauticalMiles) return [];
  if (!diagram.conversion)
    return ['figures in hải lý need `conversion:`, the named source for 1 hải lý = 1.852 m'];
  const factor = [String(METRES_PER_NAUTICAL_MILE), formatNumber(METRES_PER_NAUTICAL_MILE)];
  const states = factor.some((n) => conversionQuote?.includes(n));
  return states
    ? []
    : [
        `the quote of source "${diagram.conversion.id}" does not state ${METRES_PER_NAUTICAL_MILE} m`,
      ];
}
