import { Text } from '@tarojs/components';
import type { MatchRange } from '@zsb/contracts';
import { splitHighlights } from '../lib/highlight';

/** The matter name with the characters that matched the search in a stronger colour. */
export function Highlighted({ text, ranges }: { text: string; ranges?: MatchRange[] }) {
  return (
    <Text>
      {splitHighlights(text, ranges).map((piece, i) =>
        piece.hit ? (
          <Text key={i} className="hit">
            {piece.text}
          </Text>
        ) : (
          piece.text
        ),
      )}
    </Text>
  );
}
