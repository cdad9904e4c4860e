#!/bin/bash
set -e
mvn -B package
docker build -t registry.example.com/app:latest .
