/**
 * The register pages: {@code /issues}, {@code /decisions}, {@code /actions} and
 * {@code /changes}.
 */
@NullMarked
package dev.milepost.raid.web;

import org.jspecify.annotations.NullMarked;
