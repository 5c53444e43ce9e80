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
# The /progress chart draws its text with AWT, which needs fontconfig and at least one font.
# The base image installs fontconfig (and so, today, DejaVu); naming both keeps the chart's text
# from depending on how the base image is put together.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/* \
 && fc-list | grep -q DejaVu
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
