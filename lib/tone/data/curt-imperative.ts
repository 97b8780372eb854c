/**
 * Orders at the start of a sentence ("Read the listing.", "Stop posting."). Polite imperatives that invite
 * ("Contact us", "Feel free to", "Enjoy") are not in these lists.
 */
import type { Lang } from '../../lang';

export const CURT_IMPERATIVE: Record<Lang, string> = {
  en: "(?:please )?(?:stop|quit|read|re-read|reread|check(?! out| in)|learn|look at|explain|comply|go(?! ahead)|get(?! well| in touch)|remember|note that|understand|realise|realize|calm|accept|respect|answer|respond|see above|refer to|do not (?!hesitate|worry)|don'?t (?!hesitate|worry|suppose|forget to)|be (?:more|less|quiet|patient|reasonable|educated|nice|civil)|make sure (?:you|to)|stick to|deal with|grow up|wake up|move on|keep it down|think (?:before|twice)|pay attention|take note)",
  es: '(?:por favor,? )?(?:deje|deja|dejen|dejad|lea|lee|lean|leed|revise|revisa|revisen|compruebe|comprueba|aprenda|aprende|aprendan|mire|mira|explique|explica|cumpla|cumple|busque|busca|entienda|entiende|calmese|calmate|acepte|acepta|respete|respeta|estudie|estudia|fijese|fijate|fijense|informese|informate|documentese|documentate|abstengase|abstente|abstenganse|limitese|limitate|dese cuenta|date cuenta|enterese|enterate|corrija|corrige|corrijan|mirate|mirese|callate|callese|callaos|leete|aclarate|aclarese|tranquilizate|tranquilicese|relajate|relajese|ahorrate|ahorrese|dejate de|dejese de|dejense de|borralo|borrala|borrelo|borrela|quitalo|quitala|quitelo|quitela|deshazlo|deshagalo|reviertelo|no (?:escriba|escribas|borre|borres|cambie|cambies|insista|insistas|vuelva|vuelvas|incluyas|pongas|ponga|pongan|toque|toques|me vengas|me venga))',
  id: '(?:tolong )?(?:berhenti|stop|baca|bacalah|cek|periksa|pelajari|lihat|jelaskan|pahami|terima(?! ?kasih)|hormati|jangan)',
};
