/** The rule registry, in the order findings are reported when they share a position. */
import type { ToneRule } from '../types';
import { accusatoryOpening } from './accusatory-opening';
import { alreadyReplied } from './already-replied';
import { bluntTone } from './blunt-tone';
import { blame } from './blame';
import { condescendingPhrase } from './condescending-phrase';
import { contactDetails } from './contact-details';
import { contradiction } from './contradiction';
import { copyPaste } from './copy-paste';
import { curtImperative } from './curt-imperative';
import { directQuestion } from './direct-question';
import { dismissive } from './dismissive';
import { fakeReviewAccusation } from './fake-review-accusation';
import { emphasis } from './emphasis';
import { falseAbsolute } from './false-absolute';
import { insult } from './insult';
import { legalThreat } from './legal-threat';
import { listFormat } from './list-format';
import { missingApology } from './missing-apology';
import { missingNextStep } from './missing-next-step';
import { missingThanks } from './missing-thanks';
import { nonApology } from './non-apology';
import { personalReference } from './personal-reference';
import { platformLink } from './platform-link';
import { pointByPoint } from './point-by-point';
import { politicsReligion } from './politics-religion';
import { replyLength } from './reply-length';
import { reviewIncentive } from './review-incentive';
import { reviewerIdentity } from './reviewer-identity';
import { rhetoricalQuestion } from './rhetorical-question';
import { sarcasm } from './sarcasm';
import { scareQuotes } from './scare-quotes';
import { shouting } from './shouting';
import { smugAdverb } from './smug-adverb';
import { unapprovedCompensation } from './unapproved-compensation';
import { unfilledPlaceholder } from './unfilled-placeholder';

export const toneRules: readonly ToneRule[] = [
  // chulesco
  smugAdverb,
  condescendingPhrase,
  nonApology,
  dismissive,
  sarcasm,
  rhetoricalQuestion,
  scareQuotes,
  // impoliteness
  insult,
  directQuestion,
  curtImperative,
  shouting,
  bluntTone,
  // defensive
  blame,
  pointByPoint,
  accusatoryOpening,
  contradiction,
  // confrontation
  legalThreat,
  fakeReviewAccusation,
  reviewerIdentity,
  // dishonest
  falseAbsolute,
  unapprovedCompensation,
  unfilledPlaceholder,
  // platform
  reviewIncentive,
  personalReference,
  platformLink,
  contactDetails,
  politicsReligion,
  listFormat,
  replyLength,
  alreadyReplied,
  // courtesy
  emphasis,
  missingThanks,
  missingApology,
  missingNextStep,
  copyPaste,
];
