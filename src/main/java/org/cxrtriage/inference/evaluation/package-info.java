/**
 * Labelled image sets (any CSV with {@code path,label}) and the statistics reported on them: ROC AUC with a
 * bootstrap interval, sensitivity/specificity with Wilson intervals. Shared by the trainer and {@code evaluate}.
 */
package org.cxrtriage.inference.evaluation;
