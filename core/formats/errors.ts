/**
 * The one error every importer/exporter throws for bad input. The message always names the file,
 * the place in it (line, part, unit) and what is wrong, because it is shown to the translator as is.
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  readonly fileName: string;
  /** Where in the file: "line 12", "word/document.xml", "unit p3"… when known. */
  readonly location: string | undefined;

  constructor(fileName: string, problem: string, location?: string) {
    super(location ? `${fileName} (${location}): ${problem}` : `${fileName}: ${problem}`);
    this.fileName = fileName;
    this.location = location;
  }
}
