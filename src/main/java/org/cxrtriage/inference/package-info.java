/**
 * The model side: model registry (descriptor + checksum verification), DJL translators, one Predictor per
 * worker thread, saliency. Results leave this package as plain Java values; nothing outside sees an NDArray.
 */
package org.cxrtriage.inference;
