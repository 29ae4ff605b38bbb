/**
 * Demo portfolio: loads a realistic, date-relative sample portfolio into an empty embedded
 * database so that a fresh {@code ./mvnw spring-boot:run} has something to show.
 */
package dev.milepost.demo;
