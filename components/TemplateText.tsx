import { placeholderRuns } from '@/utils/placeholders';

interface Props {
  text: string;
  /** What a blank's tooltip says, by the placeholder's name. */
  blankTitle: (name: string) => string;
}

/**
 * A reply's text with the placeholders still in it shown as named blanks (‹agente›) rather than template braces. Text
 * only: every run is a text node, nothing in a reply becomes markup.
 */
export function TemplateText({ text, blankTitle }: Props) {
  return (
    <>
      {placeholderRuns(text).map((run) =>
        typeof run === 'string' ? (
          run
        ) : (
          <span class="blank" data-testid="reply-blank" title={blankTitle(run.placeholder)}>
            {run.placeholder}
          </span>
        ),
      )}
    </>
  );
}
