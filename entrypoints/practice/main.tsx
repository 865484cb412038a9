import { mountPage } from '../../components/mount-page';
import { Practice } from './Practice';
import './practice.css';

mountPage(<Practice />);
