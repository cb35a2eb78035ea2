/**
 * The HU–SNU collaboration report: pairs of an HU and an SNU abstract close in text and
 * topic, with the shared terms that explain each pair (docs/program-suggest.md).
 */
package org.husnu.symposium.core.collaboration;
