/**
 * The system's default store, embedded so that a checkout runs without installing
 * MongoDB, and durable per acknowledged write so that a killed process loses nothing it
 * confirmed.
 */
package org.husnu.symposium.store;
