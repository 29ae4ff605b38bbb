/**
 * Administrator screens for accounts under {@code /admin/users}.
 */
package dev.milepost.security.web;
