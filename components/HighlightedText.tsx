import { segmentText } from '@/lib/panel/segments';

interface Props {
  text: string;
  ranges: { start: number; end: number; title: string }[];
  markClassName: string;
  testId?: string;
}

/** Text with some ranges marked; page text stays text (React escapes it), never HTML. */
export function HighlightedText({ text, ranges, markClassName, testId }: Props) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm" data-testid={testId}>
      {segmentText(text, ranges).map((segment, index) =>
        segment.mark === null ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <mark key={index} title={ranges[segment.mark]!.title} className={markClassName}>
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
