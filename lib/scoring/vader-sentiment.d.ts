// Types for `vader-sentiment` (1.1.3), which ships none: the JavaScript port of VADER (Hutto & Gilbert,
// "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014).
declare module 'vader-sentiment' {
  /** VADER's scores of one text: `neg`, `neu`, `pos` are proportions (0–1); `compound` is −1…1. */
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  /** The CommonJS module object: `{ SentimentIntensityAnalyzer }`. */
  const vader: {
    SentimentIntensityAnalyzer: {
      /** Scores `text` (any length; one sentence is what VADER was made for). Never throws. */
      polarity_scores(text: string): PolarityScores;
    };
  };
  export default vader;
}
