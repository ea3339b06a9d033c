#!/bin/sh
# Used by the Linux installer profiles as jlink's objcopy (--strip-native-debug-symbols=objcopy=THIS): jlink asks
# for "objcopy -g FILE" (debug sections only), but Debian's JDK libraries carry no debug sections, only a full
# symbol table (libjvm.so: 3 MB of it). --strip-unneeded removes that too; the JVM still runs, only its own crash
# reports (hs_err) show addresses instead of function names. Needs objcopy (binutils).
if [ "$1" = "-g" ]; then
    shift
    exec objcopy --strip-unneeded "$@"
fi
exec objcopy "$@"
