/*
 * Runs one command and writes its wall time, CPU time and peak resident set size to a file:
 *   measure RESULT_FILE COMMAND [ARG...]
 * RESULT_FILE gets one line: "wall_us=N user_us=N sys_us=N maxrss_kb=N status=N", where status
 * is the exit status, or 128 + the signal number when a signal ended the command.
 * Timing from fork to wait4 in this small C parent keeps the benchmark driver's own process
 * start-up cost out of the figure, and wait4 gives CPU time in microseconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

static long long tv_us(struct timeval tv) {
  return tv.tv_sec * 1000000LL + tv.tv_usec;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: measure RESULT_FILE COMMAND [ARG...]\n");
    return 2;
  }
  long long started = now_us();
  pid_t child = fork();
  if (child < 0) {
    perror("measure: fork failed");
    return 2;
  }
  if (child == 0) {
    execvp(argv[2], argv + 2);
    perror("measure: exec failed");
    _exit(127);
  }

  int status;
  struct rusage usage;
  if (wait4(child, &status, 0, &usage) < 0) {
    perror("measure: wait4 failed");
    return 2;
  }
  long long wall = now_us() - started;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

  FILE *out = fopen(argv[1], "w");
  if (out == NULL) {
    perror("measure: cannot open the result file");
    return 2;
  }
  fprintf(out, "wall_us=%lld user_us=%lld sys_us=%lld maxrss_kb=%ld status=%d\n", wall,
          tv_us(usage.ru_utime), tv_us(usage.ru_stime), usage.ru_maxrss, code);
  fclose(out);
  return code;
}
