package dev.rubric.render;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;

/**
 * The published validators of the machine-read formats (src/test/resources/render/schemas/README.md
 * says where each schema comes from): every problem as a message, none for a valid document.
 */
public final class MachineValidation {
    private static final Path SCHEMAS = Path.of("src/test/resources/render/schemas");

    private MachineValidation() {
    }

    private static final class Sarif {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(Files.readString(SCHEMAS.resolve("sarif-2.1.0.json")), InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<String> sarif(String log) {
        return Sarif.SCHEMA.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    public static List<String> junit(String xml) {
        List<String> errors = new ArrayList<>();
        try {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(SCHEMAS.resolve("junit-10.xsd").toFile())
                    .newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (org.xml.sax.SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    public static List<String> cyclonedx(String bom) throws IOException {
        return new JsonParser().validate(bom.getBytes(StandardCharsets.UTF_8), Version.VERSION_16).stream()
                .map(ParseException::getMessage).toList();
    }
}
