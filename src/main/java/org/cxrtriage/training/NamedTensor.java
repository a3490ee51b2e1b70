package org.cxrtriage.training;

/** The values of one trained parameter (or batch-norm statistic), detached from any TensorFlow graph. */
record NamedTensor(String name, long[] shape, float[] values) {
}
