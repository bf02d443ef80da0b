# Builds the portal and runs it against the PostgreSQL of docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package && cp target/minsheng-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends fonts-arphic-uming fonts-arphic-ukai && rm -rf /var/lib/apt/lists/* \
	&& useradd --system --home /app portal
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER portal
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod TZ=Asia/Shanghai
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
