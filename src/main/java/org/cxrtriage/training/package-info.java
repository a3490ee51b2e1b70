/** Entry point that trains the shipped TB model with TensorFlow Java and exports it to {@code models/}. */
package org.cxrtriage.training;
