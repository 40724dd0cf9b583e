import type { Diagram } from '../../schemas/diagram.ts';

/** What every drawing is given by <Diagram>: the data, and ids to keep unique and to point at. */
export interface DrawingProps {
  diagram: Diagram;
  /** Prefix for the ids inside the drawing (patterns), unique on the page. */
  uid: string;
  /** Id of the element naming the picture. */
  labelledBy: string;
  /** Id of the element describing it. */
  describedBy: string;
}
