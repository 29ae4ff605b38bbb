/**
 * Owns the demo portfolio: loads a realistic, date-relative sample portfolio into an
 * empty embedded database so that a fresh {@code ./mvnw spring-boot:run} has something to
 * show, and announces it with {@link dev.milepost.demo.DemoPortfolioLoaded} (listeners
 * such as {@code healthrecord} react to it; demo depends on none of them).
 */
@NullMarked
package dev.milepost.demo;

import org.jspecify.annotations.NullMarked;
