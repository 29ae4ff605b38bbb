# syntax=docker/dockerfile:1

# Build: the Maven wrapper fetches Maven and the dependencies (cached between builds);
# tests run in CI (./mvnw -B verify), not in the image build. Base images are pinned to a Temurin
# release (update them on purpose); the build stage's distribution does not matter to the jar.
FROM eclipse-temurin:17.0.15_6-jdk-jammy AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -DskipTests package \
    && cp target/milepost-*.jar app.jar

# Run: JRE only, as an unprivileged user with a fixed numeric id. No curl in this image: the compose
# healthcheck uses bash's /dev/tcp.
FROM eclipse-temurin:17.0.15_6-jre-noble
RUN groupadd --system --gid 10001 milepost \
    && useradd --system --uid 10001 --gid milepost --home-dir /app --no-create-home --shell /usr/sbin/nologin milepost \
    && mkdir -p /app/data \
    && chown -R milepost:milepost /app
WORKDIR /app
COPY --from=build --chown=milepost:milepost /workspace/app.jar app.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
