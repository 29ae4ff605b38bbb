package dev.milepost.healthrecord;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HealthOverrideRepository extends JpaRepository<HealthOverrideRecord, Long> {

	Optional<HealthOverrideRecord> findByProgramId(Long programId);

	Optional<HealthOverrideRecord> findByProjectId(Long projectId);

}
