package dev.milepost.healthrecord;

import java.util.Objects;

/**
 * What an override or snapshot is about: one program or one project.
 *
 * @param kind program or project
 * @param id its id
 */
public record Subject(Kind kind, long id) {

	public Subject {
		Objects.requireNonNull(kind, "kind");
	}

	public static Subject program(long id) {
		return new Subject(Kind.PROGRAM, id);
	}

	public static Subject project(long id) {
		return new Subject(Kind.PROJECT, id);
	}

	/** Program or project. */
	public enum Kind {

		PROGRAM, PROJECT

	}

}
