/**
 * JavaFX views, one {@code XyzView} + {@code XyzViewModel} per feature. View models hold state and logic and are
 * testable without a stage; views only bind. Slow work goes through {@link org.cxrtriage.ui.TaskExecutor}.
 */
package org.cxrtriage.ui;
