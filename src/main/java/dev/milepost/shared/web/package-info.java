/**
 * Web helpers every module's controllers use: select-box options, paging and sorting from
 * request parameters, date formats, list links, error pages and static resource links.
 *
 * <p>
 * A named interface rather than {@code shared} as an open module: only this package is
 * opened to the other modules, so anything added to {@code shared} in an internal
 * sub-package stays internal and {@code shared} still takes part in the cycle check.
 */
@NamedInterface("web")
package dev.milepost.shared.web;

import org.springframework.modulith.NamedInterface;
