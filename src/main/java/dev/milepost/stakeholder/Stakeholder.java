package dev.milepost.stakeholder;

import java.util.Locale;

import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A person with a stake in programs and projects. The email is stored lower-cased, which
 * makes the table's unique constraint case-insensitive.
 */
@Entity
@Table(name = "stakeholders")
@Audited
public class Stakeholder extends AbstractEntity {

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(length = 120)
	private String title;

	@Column(length = 120)
	private String organisation;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private Level influence = Level.MEDIUM;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private Level interest = Level.MEDIUM;

	@Column(nullable = false)
	private boolean archived;

	protected Stakeholder() {
	}

	public Stakeholder(String name, String email) {
		this.name = name;
		setEmail(email);
	}

	/** The form in which emails are stored and compared: trimmed, lower-cased. */
	public static String normaliseEmail(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = normaliseEmail(email);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Level getInfluence() {
		return this.influence;
	}

	public void setInfluence(Level influence) {
		this.influence = influence;
	}

	public Level getInterest() {
		return this.interest;
	}

	public void setInterest(Level interest) {
		this.interest = interest;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	/** "Ada Lovelace &lt;ada@example.org&gt;", for select boxes. */
	public String getLabel() {
		return this.name + " <" + this.email + ">";
	}

}
