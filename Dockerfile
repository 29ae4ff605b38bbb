# syntax=docker/dockerfile:1

# Build: the Maven wrapper fetches Maven and the dependencies (cached between builds);
# tests run in CI (./mvnw -B verify), not in the image build.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -DskipTests package \
    && cp target/milepost-*.jar app.jar

# Run: JRE only, as an unprivileged user with a fixed numeric id.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 milepost \
    && useradd --system --uid 10001 --gid milepost --home-dir /app --no-create-home --shell /usr/sbin/nologin milepost \
    && mkdir -p /app/data \
    && chown -R milepost:milepost /app
WORKDIR /app
COPY --from=build --chown=milepost:milepost /workspace/app.jar app.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
