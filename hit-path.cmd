@echo off
rem HIT Path's command line for Windows, with the same Java settings as ./hit-path (read its comments).
rem HIT_PATH_JAVA_OPTS adds to them; JAVA_HOME picks the Java (JDK 17 or newer).
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\hit-path.jar"
if not exist "%JAR%" (
  echo hit-path: %JAR% is not built yet: run mvnw package first 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
if exist "%HERE%target\hit-path.jsa" set CDS="-XX:SharedArchiveFile=%HERE%target\hit-path.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA%" %CDS% -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms64m -Xmx640m -XX:-UsePerfData -Dfile.encoding=UTF-8 %HIT_PATH_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
