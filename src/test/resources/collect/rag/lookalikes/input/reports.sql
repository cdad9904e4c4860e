CREATE TABLE reports (id serial, title text, vector_note text);
SELECT title FROM reports WHERE vector_note IS NOT NULL;
