# One image for every SkillPulse service; the command picks the service (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/skillpulse
COPY --from=build /src/app/target/skillpulse.jar skillpulse.jar
COPY sample-data sample-data
ENV SKILLPULSE_HOME=/opt/skillpulse
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/opt/skillpulse/skillpulse.jar"]
CMD ["--help"]
