# Build with the Maven wrapper, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY config/ config/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin movebot \
 && mkdir -p /data && chown movebot /data
WORKDIR /app
COPY --from=build /src/target/movebot.jar /app/movebot.jar
COPY config/ /app/config/
USER movebot
VOLUME ["/data"]
# The token comes from the environment only: docker run -e TELEGRAM_BOT_TOKEN=...
ENV MOVEBOT_DB=/data/movebot.db \
    MOVEBOT_CONFIG=/app/config
# SIGTERM (docker stop) stops polling, finishes sends in flight and closes the database.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/movebot.jar"]
CMD ["run"]
