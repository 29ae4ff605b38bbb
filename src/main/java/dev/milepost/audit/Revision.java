package dev.milepost.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: the changes of one transaction to audited records, when they were
 * made and by whom (the user name at the time, so that history survives renamed display
 * names).
 */
@Entity
@Table(name = "revisions")
@RevisionEntity(RevisionUserListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(nullable = false, length = 120)
	private String username;

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	void setChangedAt(Instant changedAt) {
		this.changedAt = changedAt;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
