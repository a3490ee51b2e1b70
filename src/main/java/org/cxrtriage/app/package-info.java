/** Composition root: builds every service with its constructor and hands it down. No singletons, no locators. */
package org.cxrtriage.app;
