#!/bin/sh
# stand-in auditor that reports nothing: lets score.py check annotations without running the auditor
echo '{"documents": []}'
