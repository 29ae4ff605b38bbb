/**
 * Small shared pieces: base entity, settings, errors and list helpers.
 */
package dev.milepost.shared;
